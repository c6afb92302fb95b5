import TerrainCore
import Vapor

/// Errors a user may see, each with a safe message in French and English and an HTTP status.
enum TerrainError: Error, Sendable {
    case unauthenticated
    case forbidden
    case notFound
    case csrfRejected
    case versionConflict
    case badRequest(LocalizedText)

    var status: HTTPResponseStatus {
        switch self {
        case .unauthenticated: return .unauthorized
        case .forbidden, .csrfRejected: return .forbidden
        case .notFound: return .notFound
        case .versionConflict: return .conflict
        case .badRequest: return .badRequest
        }
    }

    var message: LocalizedText {
        switch self {
        case .unauthenticated: return .errorUnauthenticated
        case .forbidden: return .errorForbidden
        case .notFound: return .errorNotFound
        case .csrfRejected: return .errorCSRF
        case .versionConflict: return .errorVersionConflict
        case let .badRequest(text): return text
        }
    }
}

/// Turns every error into a page (web) or a JSON body (`/api`), with a user-safe message.
/// Internals are logged, never shown.
struct TerrainErrorMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, text) = Self.classify(error)
            if status == .internalServerError {
                request.logger.report(error: error)
            } else {
                request.logger.info("\(request.method) \(request.url.path): \(status.code) \(String(describing: error))")
            }
            let message = text.text(request.language)
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(APIErrorBody(error: true, status: Int(status.code), reason: message))
                return response
            }
            let page = ErrorPage(status: status, message: message)
            return try await page.encodeResponse(status: status, for: request)
        }
    }

    static func classify(_ error: any Error) -> (HTTPResponseStatus, LocalizedText) {
        switch error {
        case let error as TerrainError:
            return (error.status, error.message)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return (.notFound, .errorNotFound)
            case .unauthorized: return (.unauthorized, .errorUnauthenticated)
            case .forbidden: return (.forbidden, .errorForbidden)
            case .payloadTooLarge: return (.payloadTooLarge, .errorTooLarge)
            case .internalServerError: return (.internalServerError, .errorInternal)
            default: return (abort.status, .errorBadInput)
            }
        case is DecodingError:
            return (.badRequest, .errorBadInput)
        default:
            return (.internalServerError, .errorInternal)
        }
    }
}

/// The JSON body of an API error.
struct APIErrorBody: Content {
    let error: Bool
    let status: Int
    let reason: String
}
