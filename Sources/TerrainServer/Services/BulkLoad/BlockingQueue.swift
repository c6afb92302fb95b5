import Foundation

/// A bounded first-in first-out queue between two threads that may block (not for Swift
/// concurrency tasks): `put` waits while the queue is full, `take` while it is empty. Lets one
/// thread compute a bulk load's rows while another writes the previous ones.
final class BlockingQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private var cancelled = false
    /// Most elements waiting at once.
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity >= 1)
        self.capacity = capacity
    }

    /// Appends `element`, waiting for room.
    /// - Returns: `false` when the consumer cancelled the queue (the element is dropped).
    @discardableResult
    func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// Tells the consumer that nothing more will come.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the producer to stop (its next `put` returns `false`) and drops what waits.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest element, waiting for one; `nil` once the queue is finished and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished && !cancelled { condition.wait() }
        guard !items.isEmpty else { return nil }
        let element = items.removeFirst()   // a few elements at most
        condition.broadcast()
        return element
    }
}
