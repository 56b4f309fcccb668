import Clearance
import Foundation
import Synchronization
import Testing

/// `BatchRunner`: results in list order, never more than `jobs` at work, never more than the
/// window waiting.
@Suite struct BatchRunnerTests {
    /// Counts work in progress and remembers the most seen at once.
    final class Gauge: Sendable {
        private let state = Mutex((current: 0, peak: 0))
        func enter() {
            state.withLock {
                $0.current += 1; $0.peak = max($0.peak, $0.current)
            }
        }
        func leave() { state.withLock { $0.current -= 1 } }
        var peak: Int { state.withLock { $0.peak } }
    }

    @Test(arguments: [1, 2, 5])
    func resultsKeepListOrderWithBoundedWork(jobs: Int) async throws {
        let items = (0..<60).map(String.init)
        var remaining = items[...]
        let gauge = Gauge()
        var delivered: [String] = []
        var largestLead = 0
        var taken = 0
        let runner = BatchRunner(jobs: jobs)
        try await runner.run(
            next: {
                guard let item = remaining.popFirst() else { return nil }
                taken += 1
                return item
            },
            work: { item in
                gauge.enter()
                defer { gauge.leave() }
                // Later items often finish first.
                usleep(UInt32((60 - (Int(item) ?? 0)) % 7) * 1500)
                return item
            },
            deliver: { item in
                delivered.append(item)
                largestLead = max(largestLead, taken - delivered.count)
            })
        #expect(delivered == items)
        #expect(gauge.peak <= jobs)
        #expect(largestLead <= runner.window)
    }

    @Test func anErrorWhileDeliveringStopsTheRun() async {
        var remaining = ["a", "b", "c"][...]
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await BatchRunner(jobs: 2).run(
                next: { remaining.popFirst() }, work: { $0 }, deliver: { _ in throw Stop() })
        }
    }
}
