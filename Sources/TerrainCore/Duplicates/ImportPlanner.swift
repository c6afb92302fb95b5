import Foundation

/// Decides, without touching the database, what an import will do with each row.
public struct ImportPlanner: Sendable {
    /// The accounts already in the database.
    public var existing: DuplicateIndex<UUID>
    /// What to do with a row whose SIRET is already in the database.
    public var policy: DuplicatePolicy

    /// A planner against the accounts of `existing`, applying `policy` to known SIRETs.
    public init(existing: DuplicateIndex<UUID>, policy: DuplicatePolicy) {
        self.existing = existing
        self.policy = policy
    }

    /// Plans the import of parsed rows.
    ///
    /// For each valid row, in file order:
    /// 1. same SIRET as an earlier row of the file → `.skip(.duplicateSIRETInFile)`;
    /// 2. same SIRET as an existing account → `.skip(.existingSIRET)` with policy `.skip`,
    ///    `.update(existing:)` with policy `.update`;
    /// 3. otherwise `.create`.
    ///
    /// Then the rows to create are grouped with each other and with existing accounts when
    /// they share a folded name and postal code, an e-mail or a phone (SIRETs different or
    /// missing, see `DuplicateIndex.matches`); links are transitive. Every group with at least
    /// two members becomes a `DuplicateGroup`, and its rows carry its id. Rows that update or
    /// are skipped are not grouped: they add no new account.
    public func plan(_ parsed: some Sequence<ParsedRow>) -> ImportPlan {
        var rows: [ImportPlan.Row] = []
        var rejected: [ImportPlan.Rejected] = []
        var firstLineOfSIRET: [String: Int] = [:]
        for row in parsed {
            switch row {
            case .invalid(let line, let issues):
                rejected.append(ImportPlan.Rejected(line: line, issues: issues))
            case .valid(let line, let draft):
                rows.append(ImportPlan.Row(line: line, draft: draft, action: action(for: draft, line: line,
                                                                                     firstLineOfSIRET: &firstLineOfSIRET)))
            }
        }
        let groups = groupPossibleDuplicates(&rows)
        return ImportPlan(rows: rows, rejected: rejected, possibleDuplicateGroups: groups)
    }

    private func action(for draft: AccountDraft, line: Int, firstLineOfSIRET: inout [String: Int]) -> ImportAction {
        guard let siret = draft.siret else { return .create }
        if let first = firstLineOfSIRET[siret] { return .skip(.duplicateSIRETInFile(firstLine: first)) }
        firstLineOfSIRET[siret] = line
        guard let id = existing.ids(siret: siret).first else { return .create }
        return policy == .skip ? .skip(.existingSIRET(existing: id)) : .update(existing: id)
    }

    /// Union-find over the rows to create (nodes 0..<rows.count) and the existing accounts
    /// they share a key with (nodes after them). Each key is resolved once: the first row with
    /// a key is linked to the existing accounts under it, later rows to that first row, so the
    /// work is linear even when thousands of rows share a name.
    ///
    /// The SIRET condition of `DuplicateIndex.matches` holds by construction: rows to create
    /// have SIRETs that differ from each other and from every existing account, or none.
    private func groupPossibleDuplicates(_ rows: inout [ImportPlan.Row]) -> [ImportPlan.DuplicateGroup] {
        var parent = Array(rows.indices)
        var reasons: [(node: Int, reason: DuplicateReason)] = []
        var existingNode: [UUID: Int] = [:]
        var existingOfNode: [Int: UUID] = [:]
        var owner: [DuplicateKey: Int] = [:]
        func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root { (node, parent[node]) = (parent[node], root) }
            return root
        }
        func union(_ a: Int, _ b: Int, _ reason: DuplicateReason) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            reasons.append((a, reason))
        }
        for (index, row) in rows.enumerated() where row.action == .create {
            for key in DuplicateIndex<UUID>.keys(of: row.draft) {
                if let first = owner[key] {
                    union(index, first, key.reason)
                    continue
                }
                owner[key] = index
                for id in existing.ids(key: key) {
                    let node: Int
                    if let known = existingNode[id] {
                        node = known
                    } else {
                        node = parent.count
                        parent.append(node)
                        existingNode[id] = node
                        existingOfNode[node] = id
                    }
                    union(index, node, key.reason)
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for node in parent.indices { members[find(node), default: []].append(node) }
        var reasonsOfRoot: [Int: Set<DuplicateReason>] = [:]
        for (node, reason) in reasons { reasonsOfRoot[find(node), default: []].insert(reason) }
        var groups: [ImportPlan.DuplicateGroup] = []
        for root in members.keys.sorted() {
            let nodes = members[root]!
            guard nodes.count > 1, nodes.contains(where: { $0 < rows.count }) else { continue }
            let group = ImportPlan.DuplicateGroup(
                id: groups.count + 1,
                lines: nodes.filter { $0 < rows.count }.map { rows[$0].line }.sorted(),
                existingIDs: nodes.compactMap { existingOfNode[$0] },
                reasons: reasonsOfRoot[root] ?? [])
            for node in nodes where node < rows.count { rows[node].duplicateGroup = group.id }
            groups.append(group)
        }
        return groups
    }
}
