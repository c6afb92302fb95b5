@preconcurrency import Plot

/// One input of a form as the user typed it, with the error to show beside it.
struct FormInput: Sendable {
    let name: String
    let label: String
    var value: String = ""
    var error: String?
    var type: HTMLInputType = .text
    var required = false
    var hint: String?
    /// Extra attributes: `inputmode`, `autocomplete`, `maxlength`...
    var attributes: [(String, String)] = []
}

/// Building blocks shared by the pages: form fields that re-show input with errors, pagination...
enum Components {
    /// The hidden field that carries the session's CSRF token.
    static func csrfField<C: HTML.BodyContext>(_ context: PageContext) -> Node<C> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(context.csrfToken))
    }

    /// A labelled text-like input with its error beside it (`aria-invalid`, `aria-describedby`).
    static func field(_ input: FormInput) -> Node<HTML.FormContext> {
        let id = "field-\(input.name)"
        var attributes: [Attribute<HTML.InputContext>] = [
            .type(input.type), .name(input.name), .id(id), .value(input.value.escapedAttribute),
        ]
        if input.required { attributes.append(.required(true)) }
        if input.error != nil {
            attributes.append(.attribute(named: "aria-invalid", value: "true"))
            attributes.append(.attribute(named: "aria-describedby", value: "\(id)-error"))
        }
        for (name, value) in input.attributes { attributes.append(.attribute(named: name, value: value.escapedAttribute)) }
        return .div(
            .class(input.error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(input.label), .if(input.required, .span(.class("required"), .text(" *")))),
            .selfClosedElement(named: "input", attributes: attributes),
            .unwrap(input.hint) { .p(.class("hint"), .text($0)) },
            .unwrap(input.error) { .p(.class("field-error"), .id("\(id)-error"), .text($0)) }
        )
    }

    /// A labelled `<select>`; `options` are (value, label) pairs.
    static func select(name: String, label: String, options: [(String, String)], selected: String, error: String? = nil) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(label)),
            .element(named: "select", nodes: [
                .attribute(named: "name", value: name),
                .attribute(named: "id", value: id),
                .group(options.map { option in
                    .element(named: "option", nodes: [
                        .attribute(named: "value", value: option.0.escapedAttribute, ignoreIfValueIsEmpty: false),
                        .if(option.0 == selected, .attribute(named: "selected", value: "selected")),
                        .text(option.1),
                    ])
                }),
            ]),
            .unwrap(error) { .p(.class("field-error"), .text($0)) }
        )
    }

    /// A checkbox that posts `value` ("on" by default) when checked.
    static func checkbox(name: String, label: String, checked: Bool, value: String = "on") -> Node<HTML.FormContext> {
        .div(
            .class("field checkbox"),
            .label(
                .input(.type(.checkbox), .name(name), .value(value.escapedAttribute), .checked(checked)),
                .text(" " + label)
            )
        )
    }

    /// A labelled `<textarea>`.
    static func textArea(name: String, label: String, value: String, error: String? = nil) -> Node<HTML.FormContext> {
        let id = "field-\(name)"
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(label)),
            .textarea(.name(name), .id(id), .rows(4), .text(value)),
            .unwrap(error) { .p(.class("field-error"), .text($0)) }
        )
    }

    /// The banner at the top of a form that has errors.
    static func errorSummary(_ context: PageContext, hasErrors: Bool, extra: String? = nil, reloadLink: String? = nil) -> Node<HTML.FormContext> {
        .if(hasErrors || extra != nil, .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .p(.text(extra ?? context.localizer(.formHasErrors))),
            .unwrap(reloadLink) { .p(.a(.href($0), .text(context.localizer(.reloadRecord)))) }
        ))
    }

    /// Previous / next links with "Page x of y".
    static func pagination(_ context: PageContext, page: Int, pageCount: Int, link: (Int) -> String) -> Node<HTML.BodyContext> {
        let l = context.localizer
        return .nav(
            .class("pagination"), .attribute(named: "aria-label", value: "Pagination"),
            .if(page > 1, .a(.href(link(page - 1)), .attribute(named: "rel", value: "prev"), .text("← " + l(.previous)))),
            .span(.text(l(.pageOf, String(page), String(max(pageCount, 1))))),
            .if(page < pageCount, .a(.href(link(page + 1)), .attribute(named: "rel", value: "next"), .text(l(.next) + " →")))
        )
    }
}
