import Fluent
import Vapor

extension Application {
    /// Registers every migration, in order. Migrations are append-only: add new ones at the end.
    func registerMigrations() {
        migrations.add(CreateUsers())
        migrations.add(SessionRecord.migration)
        migrations.add(CreateAccounts())
        migrations.add(CreateContacts())
        migrations.add(CreateAPITokens())
        migrations.add(CreateImportJobs())
        migrations.add(CreateProducts())
        migrations.add(CreateSalesOrders())
        migrations.add(CreatePriceLists())
        migrations.add(AddUserActive())
        migrations.add(AddImportJobKind())
        migrations.add(AddOrderFormFields())
        migrations.add(CreateOrderEvents())
        migrations.add(CreateCompanySettings())
        migrations.add(CreateTourPlans())
    }
}
