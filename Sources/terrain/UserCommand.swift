import ArgumentParser
import Foundation
import TerrainServer

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Gère les utilisateurs.", subcommands: [UserAdd.self])
}

struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Crée un utilisateur.")

    @Option(help: "Adresse e-mail (identifiant de connexion).") var email: String
    @Option(help: "admin, manager ou rep.") var role: String
    @Option(help: "Nom affiché (par défaut : la partie avant @ de l'e-mail).") var name: String?
    @Option(help: "E-mail du chef des ventes (pour un commercial).") var manager: String?
    @Flag(name: .customLong("password-stdin"), help: "Lit le mot de passe sur l'entrée standard (sans invite).") var passwordStdin = false

    func run() async throws {
        try await CommandRunner.run {
            let password = passwordStdin ? PasswordInput.fromStandardInput() : try PasswordInput.prompt("Mot de passe : ")
            try await TerrainApplication.withApplication { app in
                try await CommandTasks.addUser(app: app, email: email, name: name, role: role, password: password, managerEmail: manager)
            }
            print("Utilisateur \(email) créé (rôle \(role)).")
        }
    }
}

/// Reading a password without showing it.
enum PasswordInput {
    /// The first line of standard input, without its line end.
    static func fromStandardInput() -> String {
        readLine(strippingNewline: true) ?? ""
    }

    /// Asks on the terminal with echo turned off.
    /// - Throws: `CommandTasks.Failure` when standard input is not a terminal.
    static func prompt(_ question: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandTasks.Failure("Pas de terminal pour saisir le mot de passe : utilisez --password-stdin.")
        }
        FileHandle.standardError.write(Data(question.utf8))
        var settings = termios()
        tcgetattr(STDIN_FILENO, &settings)
        var silent = settings
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
