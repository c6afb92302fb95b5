import Fluent
import Foundation
import TerrainCore
import TerrainRouting
import Vapor

/// Tour planning: the form (period, selection of accounts, constraints), the plan with its
/// timeline, map and techniques compared, manual changes, the calendar export. A plan belongs to
/// the user who ran it (administrators see every plan).
struct PlanningController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.planning, use: form)
        routes.post(.planning, use: create)
        routes.get(.tourPlan(nil), use: show)
        routes.post(.tourPlanAdjust(nil), use: adjust)
        routes.get(.tourPlanCalendar(nil), use: calendar)
    }

    /// The plan's visits as an iCalendar file (Europe/Paris, with its VTIMEZONE).
    func calendar(req: Request) async throws -> Response {
        let record = try await find(req)
        let text = try PlanningCalendar.ics(try record.plan, planID: try record.requireID(), stamp: record.updatedAt ?? Date())
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "tournee-\(record.firstDay).ics")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    func form(req: Request) async throws -> WebPage {
        var values = PlanningForm.defaults(today: ParisTime.day(Date()))
        if let query = try? req.query.decode([String: String].self) { values.merge(query) { $1 } }
        return try await formPage(req, values: values, errors: [:])
    }

    func create(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let posted = try req.content.decode([String: String].self)
        let form = PlanningForm(values: posted)
        switch form.read(language: req.language, gazetteer: try? Gazetteer.bundled()) {
        case let .failure(errors):
            return try await formPage(req, values: posted, errors: errors.messages).encodeResponse(for: req)
        case let .success((settings, visitMinutes)):
            let selection = try await PlanningService.visits(filter: form.filter, scope: req.accessScope(), visitMinutes: visitMinutes,
                                                             optionalValue: settings.optionalValue, on: req.db)
            guard !selection.visits.isEmpty else {
                return try await formPage(req, values: posted, errors: ["q": LocalizedText.noVisitSelected.text(req.language)]).encodeResponse(for: req)
            }
            let (plan, comparison) = try await PlanningService.run(selection.visits, settings: settings)
            let record = try await PlanningService.save(plan, comparison: comparison, userID: user.requireID(), on: req.db)
            var notes = selection.skipped.map { "\($0.name) : \($0.reason)" }
            if selection.truncated { notes.insert(LocalizedText.selectionTruncated.text(req.language), at: 0) }
            req.session.data["planning-notes"] = notes.isEmpty ? nil : notes.joined(separator: "\n")
            return req.redirect(to: SiteRoute.tourPlan(try record.requireID()).path)
        }
    }

    func show(req: Request) async throws -> WebPage {
        let record = try await find(req)
        let notes = req.session.data["planning-notes"]?.split(separator: "\n").map(String.init) ?? []
        req.session.data["planning-notes"] = nil
        return TourPlanView.page(.init(id: try record.requireID(), name: record.name, plan: try record.plan, comparison: record.comparison,
                                       notes: notes), context: req.pageContext())
    }

    /// Locks the visits to the days chosen (`lock_<index>` = a day of the plan, empty for any day),
    /// books an appointment where a time is given too (`time_<index>` = "10:30"), and
    /// re-optimises the rest.
    func adjust(req: Request) async throws -> Response {
        let record = try await find(req)
        var plan = try record.plan
        let posted = try req.content.decode([String: String].self)
        var visits = plan.visits
        for index in visits.indices {
            guard let raw = posted["lock_\(index)"] else { continue }
            let day = raw.isEmpty ? nil : DateParsing.parseFrench(raw).flatMap { plan.settings.days.contains($0) ? $0 : nil }
            visits[index].lockedDay = day
            let minute = posted["time_\(index)"].flatMap(OpeningHours.minutes)
            visits[index].appointment = day.flatMap { day in minute.map { PlannedVisit.Appointment(day: day, minute: $0) } }
        }
        if let technique = posted["technique"].flatMap(TourTechnique.init(rawValue:)) { plan.settings.technique = technique }
        let (replanned, comparison) = try await PlanningService.run(visits, settings: plan.settings)
        _ = try await PlanningService.save(replanned, comparison: comparison, userID: record.$user.id, record: record, on: req.db)
        req.flash(.planSaved)
        return req.redirect(to: SiteRoute.tourPlan(try record.requireID()).path)
    }

    private func find(_ req: Request) async throws -> TourPlanRecord {
        let user = try req.currentUser()
        guard let record = try await TourPlanRecord.find(req.idParameter(), on: req.db),
              record.$user.id == user.id || user.role == .admin else { throw TerrainError.notFound }
        return record
    }

    private func formPage(_ req: Request, values: [String: String], errors: [String: String]) async throws -> WebPage {
        let user = try req.currentUser()
        let plans = try await TourPlanRecord.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt, .descending).limit(20).all()
        return PlanningFormView.page(.init(values: values, errors: errors,
                                           plans: plans.compactMap { plan in plan.id.map { ($0, plan.name, plan.totalMetres) } }),
                                     context: req.pageContext())
    }
}
