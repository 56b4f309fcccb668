import Foundation

/// Lets the bundle file's digest give way to entry hashing while a decompressor keeps the
/// reading thread busy.
///
/// With `--hash`, three threads want a core: the reader, the entry hasher and the file digest.
/// On a compressed stream the reader decompresses, so sharing two cores three ways slows it
/// down, and the file digest steals time from the entry hasher the reader waits on. Once
/// entries take precedence, the file digest hashes only while no entry block is queued: the
/// two hashers take turns on one core and the reader keeps the other.
final class HashingGate: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queuedBlocks = 0
    private var entriesFirst = false

    /// From now on, the file digest waits while entry blocks are queued.
    func giveEntriesPrecedence() {
        condition.lock()
        entriesFirst = true
        condition.unlock()
    }

    /// An entry block was queued for hashing.
    func blockQueued() {
        condition.lock()
        queuedBlocks += 1
        condition.unlock()
    }

    /// A queued entry block was hashed.
    func blockHashed() {
        condition.lock()
        queuedBlocks -= 1
        if queuedBlocks == 0 { condition.broadcast() }
        condition.unlock()
    }

    /// Called by the file digest before each block: returns at once unless entries take
    /// precedence and some are queued, else when the queue has drained.
    func waitForTurn() {
        condition.lock()
        while entriesFirst && queuedBlocks > 0 { condition.wait() }
        condition.unlock()
    }
}
