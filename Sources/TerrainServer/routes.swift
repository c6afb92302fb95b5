import Fluent
import Vapor

/// Registers every route: public pages, pages behind login (with CSRF protection), and the JSON API.
func registerRoutes(_ app: Application) throws {
    let assets = AssetController()
    app.get(SiteRoute.stylesheet.pathComponents, use: assets.stylesheet)
    app.get(SiteRoute.enhancementScript.pathComponents, use: assets.script)

    let web = app.grouped(User.sessionAuthenticator(), LanguageMiddleware(), CSRFMiddleware())
    AuthController().register(web)

    let pages = web.grouped(RequireUserMiddleware(isAPI: false))
    pages.get(.home) { req in req.redirect(to: SiteRoute.accounts.path) }
    AccountController().register(pages)
    ContactController().register(pages)
    ExportController().register(pages)
    StatsController().register(pages)
    ImportController().register(pages)
    ProfileController().register(pages)
    UsersController().register(pages)
    ProductController().register(pages)
    OrderController().register(pages)
    OrderFormController().register(pages)
    SettingsController().register(pages)
    PlanningController().register(pages)
    PriceListController().register(pages)

    let api = app.grouped("api", "v1").grouped(APITokenAuthenticator(), LanguageMiddleware(), RequireUserMiddleware(isAPI: true))
    AccountAPIController().register(api)
    CatalogueAPIController().register(api)
    OrderAPIController().register(api)
}
