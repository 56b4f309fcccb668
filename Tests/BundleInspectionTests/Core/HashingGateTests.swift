import Dispatch
import Synchronization
import Testing

@testable import BundleInspection

/// The file digest gives way to queued entry blocks only once entries take precedence.
@Suite struct HashingGateTests {
    /// Calls `waitForTurn` on another thread and reports whether it returned within `timeout`.
    private func turnArrives(
        _ gate: HashingGate, within timeout: DispatchTimeInterval, after action: () -> Void = {}
    ) -> Bool {
        let returned = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            gate.waitForTurn()
            returned.signal()
        }
        action()
        return returned.wait(timeout: .now() + timeout) == .success
    }

    @Test func withoutPrecedenceTheDigestNeverWaits() {
        let gate = HashingGate()
        gate.blockQueued()
        #expect(turnArrives(gate, within: .seconds(5)))
    }

    @Test func withPrecedenceTheDigestWaitsUntilTheQueuedBlocksAreHashed() {
        let gate = HashingGate()
        gate.giveEntriesPrecedence()
        gate.blockQueued()
        gate.blockQueued()
        #expect(!turnArrives(gate, within: .milliseconds(100)) { gate.blockHashed() })
        #expect(turnArrives(gate, within: .seconds(5)) { gate.blockHashed() })
    }

    @Test func withPrecedenceAndNothingQueuedTheDigestGoesOn() {
        let gate = HashingGate()
        gate.giveEntriesPrecedence()
        #expect(turnArrives(gate, within: .seconds(5)))
    }
}
