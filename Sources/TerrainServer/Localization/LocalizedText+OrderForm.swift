import TerrainCore

/// The order form, the order list and the order follow-up.
extension LocalizedText {
    static let navOrders = LocalizedText(fr: "Commandes", en: "Orders")
    static let newOrder = LocalizedText(fr: "Nouvelle commande", en: "New order")
    static let newOrderTitle = LocalizedText(fr: "Bon de commande", en: "Order form")
    static let newCreditNoteTitle = LocalizedText(fr: "Nouvel avoir", en: "New credit note")
    static let newCreditNote = LocalizedText(fr: "Faire un avoir", en: "Issue a credit note")
    static let creditNoteFor = LocalizedText(fr: "Avoir sur la commande {0}", en: "Credit note on order {0}")
    static let orderEdited = LocalizedText(fr: "Commande modifiée", en: "Order edited")
    static let editOrderTitle = LocalizedText(fr: "Modifier {0}", en: "Edit {0}")
    static let editOrder = LocalizedText(fr: "Modifier", en: "Edit")
    static let printOrder = LocalizedText(fr: "Imprimer", en: "Print")
    static let recalculate = LocalizedText(fr: "Recalculer", en: "Recalculate")
    static let addLines = LocalizedText(fr: "Ajouter des lignes", en: "Add lines")
    static let orderHeaderSection = LocalizedText(fr: "Client, livraison et règlement", en: "Customer, delivery and payment")
    static let orderLinesSection = LocalizedText(fr: "Lignes", en: "Lines")
    static let orderLinesHint = LocalizedText(
        fr: "Saisissez la référence (la liste propose le catalogue), la quantité et les remises successives (10 + 5). Laissez le prix vide pour appliquer le tarif du client.",
        en: "Type the reference (the list offers the catalogue), the quantity and the successive discounts (10 + 5). Leave the price empty to apply the customer's price.")
    static let orderTotalsSection = LocalizedText(fr: "Totaux", en: "Totals")
    static let appliedPricePlaceholder = LocalizedText(fr: "tarif", en: "price list")
    static let netUnitPrice = LocalizedText(fr: "PU net", en: "Net unit price")
    static let exclVATShort = LocalizedText(fr: "HT", en: "excl. VAT")
    static let dateHint = LocalizedText(fr: "jj/mm/aaaa", en: "dd/mm/yyyy")
    static let orderContact = LocalizedText(fr: "Contact signataire", en: "Signing contact")
    static let chooseContact = LocalizedText(fr: "— Choisir —", en: "— Choose —")
    static let addContactFirst = LocalizedText(fr: "Ajouter un contact à ce compte", en: "Add a contact to this account")
    static let customerReference = LocalizedText(fr: "Référence de commande du client", en: "Customer's order reference")
    static let deliveryAddress = LocalizedText(fr: "Adresse de livraison", en: "Delivery address")
    static let paymentTerms = LocalizedText(fr: "Conditions de paiement", en: "Payment terms")
    static let paymentMethod = LocalizedText(fr: "Mode de règlement", en: "Payment method")
    static let notesLabel = LocalizedText(fr: "Observations", en: "Notes")
    static let orderSaved = LocalizedText(fr: "Commande {0} enregistrée.", en: "Order {0} saved.")
    static let creditNoteSaved = LocalizedText(fr: "Avoir {0} enregistré.", en: "Credit note {0} saved.")
    static let errorOrderNotEditable = LocalizedText(
        fr: "Cette commande a été confirmée : ses lignes ne peuvent plus changer. Faites un avoir ou une nouvelle commande.",
        en: "This order has been confirmed: its lines can no longer change. Issue a credit note or a new order.")
    static let errorStatusMove = LocalizedText(fr: "Ce changement d'état n'est pas possible pour ce document.", en: "This status change is not possible for this document.")
    static let orderStatusChanged = LocalizedText(fr: "{0} : état « {1} » enregistré.", en: "{0}: status “{1}” recorded.")
    static let orderChangedMeanwhile = LocalizedText(
        fr: "{0} a été modifiée entre-temps : rien n'a été enregistré. Vérifiez son état et recommencez.",
        en: "{0} was changed meanwhile: nothing was saved. Check its status and try again.")
    static let kindOrders = LocalizedText(fr: "Commandes", en: "Orders")
    static let kindCreditNotes = LocalizedText(fr: "Avoirs", en: "Credit notes")
    static let documentKind = LocalizedText(fr: "Type", en: "Type")
    static let orderSearchPlaceholder = LocalizedText(fr: "N° ou client", en: "Number or customer")
    static let periodFrom = LocalizedText(fr: "Du", en: "From")
    static let periodTo = LocalizedText(fr: "Au", en: "To")
    static let ordersZero = LocalizedText(fr: "Aucune commande", en: "No order")
    static let ordersOne = LocalizedText(fr: "1 document", en: "1 document")
    static let ordersMany = LocalizedText(fr: "{0} documents", en: "{0} documents")
    static let accountLabel = LocalizedText(fr: "Client", en: "Customer")
    static let followUpTitle = LocalizedText(fr: "Suivi", en: "Follow-up")
    static let noFollowUpYet = LocalizedText(fr: "Aucun suivi enregistré (commande importée).", en: "No follow-up recorded (imported order).")
    static let moveOrderTo = LocalizedText(fr: "Nouvel état", en: "New status")
    static let followUpNote = LocalizedText(fr: "Commentaire (n° de bon de livraison, motif…)", en: "Comment (delivery note number, reason…)")
    static let recordStatus = LocalizedText(fr: "Enregistrer l'état", en: "Record status")
}

/// The company settings page.
extension LocalizedText {
    static let navSettings = LocalizedText(fr: "Réglages", en: "Settings")
    static let settingsSaved = LocalizedText(fr: "Réglages enregistrés.", en: "Settings saved.")
    static let companyIdentitySection = LocalizedText(fr: "L'entreprise (vendeur)", en: "The company (seller)")
    static let companyIdentityHint = LocalizedText(fr: "Imprimé en tête des bons de commande.", en: "Printed at the top of order forms.")
    static let companyName = LocalizedText(fr: "Raison sociale", en: "Company name")
    static let companyAddress = LocalizedText(fr: "Adresse", en: "Address")
    static let sellerLabel = LocalizedText(fr: "Vendeur", en: "Seller")
    static let vatSettingsSection = LocalizedText(fr: "TVA des commandes", en: "VAT on orders")
    static let vatComputationLabel = LocalizedText(fr: "Calcul de la TVA", en: "VAT computation")
    static let vatPerRateOnTotal = LocalizedText(fr: "Par taux, sur le total HT de chaque taux (recommandé)", en: "Per rate, on each rate's total excl. VAT (recommended)")
    static let vatPerLine = LocalizedText(fr: "Ligne par ligne, arrondie à chaque ligne", en: "Line by line, rounded on each line")
    static let vatComputationHint = LocalizedText(
        fr: "S'applique aux nouvelles commandes ; chaque commande garde le mode avec lequel elle a été enregistrée et l'indique.",
        en: "Applies to new orders; each order keeps the mode it was saved with and says so.")
}
