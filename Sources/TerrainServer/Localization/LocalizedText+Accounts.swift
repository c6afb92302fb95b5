import TerrainCore

extension LocalizedText {
    static let accountsTitle = LocalizedText(fr: "Fichier clients et prospects", en: "Customer and prospect file")
    static let accountsCount = LocalizedText(fr: "{0} comptes", en: "{0} accounts")
    static let accountsCountOne = LocalizedText(fr: "1 compte", en: "1 account")
    static let newAccount = LocalizedText(fr: "Nouveau compte", en: "New account")
    static let editAccount = LocalizedText(fr: "Modifier le compte", en: "Edit account")
    static let accountCreated = LocalizedText(fr: "Compte « {0} » créé.", en: "Account “{0}” created.")
    static let accountUpdated = LocalizedText(fr: "Compte « {0} » enregistré.", en: "Account “{0}” saved.")
    static let accountArchived = LocalizedText(fr: "Compte « {0} » archivé.", en: "Account “{0}” archived.")
    static let searchPlaceholder = LocalizedText(fr: "Nom, enseigne, ville, code postal, SIRET", en: "Name, trade name, city, postal code, SIRET")
    static let noAccounts = LocalizedText(fr: "Aucun compte ne correspond à ces critères.", en: "No account matches these criteria.")
    static let exportCSV = LocalizedText(fr: "Exporter (CSV Excel)", en: "Export (Excel CSV)")
    static let exportXLSX = LocalizedText(fr: "Exporter (XLSX)", en: "Export (XLSX)")
    static let owner = LocalizedText(fr: "Responsable", en: "Owner")
    static let noOwner = LocalizedText(fr: "Sans responsable", en: "No owner")
    static let department = LocalizedText(fr: "Département", en: "Département")
    static let showArchived = LocalizedText(fr: "Inclure les comptes archivés", en: "Include archived accounts")
    static let identitySection = LocalizedText(fr: "Identité", en: "Identity")
    static let addressSection = LocalizedText(fr: "Adresse", en: "Address")
    static let reachSection = LocalizedText(fr: "Coordonnées", en: "Contact details")
    static let commercialSection = LocalizedText(fr: "Suivi commercial", en: "Sales follow-up")
    static let contactsTitle = LocalizedText(fr: "Interlocuteurs", en: "Contacts")
    static let noContacts = LocalizedText(fr: "Aucun interlocuteur pour ce compte.", en: "No contact for this account.")
    static let newContact = LocalizedText(fr: "Ajouter un interlocuteur", en: "Add a contact")
    static let editContact = LocalizedText(fr: "Modifier l'interlocuteur", en: "Edit contact")
    static let contactSaved = LocalizedText(fr: "Interlocuteur « {0} » enregistré.", en: "Contact “{0}” saved.")
    static let contactArchived = LocalizedText(fr: "Interlocuteur « {0} » archivé.", en: "Contact “{0}” archived.")
    static let possibleDuplicate = LocalizedText(fr: "Doublon possible : un autre compte porte le même nom au même code postal (ou le même e-mail ou téléphone) avec un SIRET différent. Rien n'a été fusionné.", en: "Possible duplicate: another account has the same name and postal code (or e-mail or phone) with a different SIRET. Nothing was merged.")
    static let sameGroupAccounts = LocalizedText(fr: "Comptes du même groupe", en: "Accounts in the same group")
    static let confirmArchive = LocalizedText(fr: "Archiver ce compte ? Il n'apparaîtra plus dans la liste (rien n'est supprimé).", en: "Archive this account? It will leave the list (nothing is deleted).")
    static let confirmArchiveContact = LocalizedText(fr: "Archiver cet interlocuteur ? Il n'apparaîtra plus sur la fiche (rien n'est supprimé).", en: "Archive this contact? It will leave the account page (nothing is deleted).")
    static let accountsCountZero = LocalizedText(fr: "Aucun compte", en: "No account")
    static let createdAt = LocalizedText(fr: "Créé le", en: "Created on")
    static let updatedAt = LocalizedText(fr: "Modifié le", en: "Updated on")
    static let vatNumber = LocalizedText(fr: "N° TVA intracommunautaire", en: "EU VAT number")
    static let sortBy = LocalizedText(fr: "Trier par", en: "Sort by")
    static let ascending = LocalizedText(fr: "croissant", en: "ascending")
    static let descending = LocalizedText(fr: "décroissant", en: "descending")

    static func status(_ status: AccountStatus) -> LocalizedText {
        switch status {
        case .prospect: return LocalizedText(fr: "Prospect", en: "Prospect")
        case .customer: return LocalizedText(fr: "Client", en: "Customer")
        case .lost: return LocalizedText(fr: "Perdu", en: "Lost")
        }
    }

    static func role(_ role: UserRole) -> LocalizedText {
        switch role {
        case .admin: return LocalizedText(fr: "Administrateur", en: "Administrator")
        case .manager: return LocalizedText(fr: "Chef des ventes", en: "Sales manager")
        case .rep: return LocalizedText(fr: "Commercial", en: "Sales rep")
        }
    }

    static func buyingRole(_ role: BuyingRole) -> LocalizedText {
        switch role {
        case .decider: return LocalizedText(fr: "Décideur", en: "Decider")
        case .buyer: return LocalizedText(fr: "Acheteur", en: "Buyer")
        case .prescriber: return LocalizedText(fr: "Prescripteur", en: "Prescriber")
        case .user: return LocalizedText(fr: "Utilisateur", en: "User")
        case .influencer: return LocalizedText(fr: "Influenceur", en: "Influencer")
        case .gatekeeper: return LocalizedText(fr: "Filtre", en: "Gatekeeper")
        }
    }

    static func civility(_ civility: Civility) -> LocalizedText {
        switch civility {
        case .mr: return LocalizedText(fr: "M.", en: "Mr")
        case .mrs: return LocalizedText(fr: "Mme", en: "Ms")
        }
    }

    static func sortLabel(_ sort: AccountSort) -> LocalizedText {
        switch sort {
        case .legalName: return LocalizedText(fr: "Raison sociale", en: "Legal name")
        case .city: return LocalizedText(fr: "Ville", en: "City")
        case .postalCode: return LocalizedText(fr: "Code postal", en: "Postal code")
        case .department: return .department
        case .status: return LocalizedText(fr: "Statut", en: "Status")
        case .nafCode: return LocalizedText(fr: "Code NAF", en: "NAF code")
        case .updatedAt: return LocalizedText(fr: "Dernière modification", en: "Last change")
        }
    }
}
