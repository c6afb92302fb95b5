import Plot

/// The login page and the one-time setup page.
enum AuthViews {
    static func login(context: PageContext, email: String, next: String, failed: Bool) -> WebPage {
        let l = context.localizer
        return WebPage(
            title: l(.loginTitle), context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(l(.loginTitle))),
                .form(
                    .method(.post), .action(SiteRoute.login.path),
                    Components.csrfField(context),
                    .input(.type(.hidden), .name("next"), .value(next.escapedAttribute)),
                    Components.errorSummary(context, hasErrors: failed, extra: failed ? l(.loginFailed) : nil),
                    Components.field(FormInput(name: "email", label: l(.emailLabel), value: email, type: .email, required: true,
                                               attributes: [("autocomplete", "username")])),
                    Components.field(FormInput(name: "password", label: l(.password), type: .password, required: true,
                                               attributes: [("autocomplete", "current-password")])),
                    .button(.type(.submit), .class("button primary"), .text(l(.loginButton)))
                )
            ),
            status: failed ? .unauthorized : .ok
        )
    }

    static func setup(context: PageContext, values: [String: String], errors: [String: String]) -> WebPage {
        let l = context.localizer
        return WebPage(
            title: l(.setupTitle), context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(l(.setupTitle))),
                .p(.text(l(.setupIntro))),
                .form(
                    .method(.post), .action(SiteRoute.setup.path), .novalidate(),
                    Components.csrfField(context),
                    Components.errorSummary(context, hasErrors: !errors.isEmpty),
                    Components.field(FormInput(name: "name", label: l(.name), value: values["name"] ?? "", error: errors["name"], required: true,
                                               attributes: [("autocomplete", "name")])),
                    Components.field(FormInput(name: "email", label: l(.emailLabel), value: values["email"] ?? "", error: errors["email"], type: .email, required: true,
                                               attributes: [("autocomplete", "username")])),
                    Components.field(FormInput(name: "password", label: l(.password), error: errors["password"], type: .password, required: true,
                                               attributes: [("autocomplete", "new-password")])),
                    Components.field(FormInput(name: "passwordConfirmation", label: l(.passwordConfirmation), error: errors["passwordConfirmation"], type: .password, required: true,
                                               attributes: [("autocomplete", "new-password")])),
                    .button(.type(.submit), .class("button primary"), .text(l(.createAdmin)))
                )
            ),
            status: errors.isEmpty ? .ok : .unprocessableEntity
        )
    }
}
