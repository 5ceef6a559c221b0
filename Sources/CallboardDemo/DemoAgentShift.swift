import CallboardModel

/// One agent's working day, played out from their own random stream.
struct DemoAgentShift {
    let profile: DemoAgentProfile
    let calendar: LocalCalendar
    let day: Day
    private var random: DemoRandom
    private var events: [DemoEvent] = []

    /// Seconds of a connected call, by evenly spaced quantiles (median 2.5 min, long tail).
    private static let talkQuantiles = [30, 55, 80, 110, 150, 200, 280, 400, 720]
    /// Sales take longer (median about 6.5 min).
    private static let saleQuantiles = [150, 240, 300, 350, 400, 460, 530, 610, 720]

    init(profile: DemoAgentProfile, index: Int, calendar: LocalCalendar, day: Day, seed: UInt64) {
        self.profile = profile
        self.calendar = calendar
        self.day = day
        random = DemoRandom(seed: seed, stream: index, day: day.ordinal)
    }

    private func at(_ minuteOfDay: Int) -> Instant { calendar.instant(day, minuteOfDay: minuteOfDay) }

    /// Every state change and finished call of the day, in time order.
    mutating func run() -> [DemoEvent] {
        guard let login = profile.login else { return [] }
        var t = moment(login)
        let logoff = moment(960...970)
        var pauses = plan(after: t)
        events = [.status(t, .available, reason: nil)]
        while t < logoff {
            if let pause = pauses.first, pause.start <= t {
                pauses.removeFirst()
                events.append(.status(t, .pause, reason: pause.reason))
                t += pause.duration
                if t < logoff { events.append(.status(t, .available, reason: nil)) }
                continue
            }
            let wait = random.int(in: 10...180)
            if let pause = pauses.first, pause.start < min(t + wait, logoff) {
                t = pause.start
                continue
            }
            if t + wait >= logoff {
                t = logoff
                break
            }
            t = work(from: t + wait)
            if t < logoff { events.append(.status(t, .available, reason: nil)) }
        }
        events.append(.status(t, .offline, reason: nil))
        return events
    }

    /// Ringing, the call, wrap-up; answers when wrap-up ends.
    private mutating func work(from start: Instant) -> Instant {
        var t = start
        events.append(.status(t, .ringing, reason: nil))
        t += random.int(in: 3...15)
        events.append(.status(t, .call, reason: nil))
        let call = makeCall(start: t)
        events.append(.call(call))
        t = call.end
        events.append(.status(t, .wrap, reason: nil))
        if call.sale != nil {
            t += random.int(in: 60...150)
        } else if call.duration < 30 {
            t += random.int(in: 10...30)
        } else {
            t += random.int(in: 20...120)
        }
        return t
    }

    private mutating func makeCall(start: Instant) -> DemoCall {
        let inbound = random.chance(0.15)
        let customer = DemoCustomers.pick(&random)
        let direction = inbound ? "in" : "out"
        if !inbound && random.chance(0.3) {
            let outcome = random.chance(0.55) ? "no-answer" : "voicemail"
            return DemoCall(start: start, duration: random.int(in: 5...25), outcome: outcome, direction: direction,
                            customer: customer, flagged: false, sale: nil)
        }
        let roll = random.unit()
        let outcome: String
        if roll < profile.conversion {
            outcome = "sale"
        } else {
            outcome = random.pick(["callback", "callback", "not-interested", "not-interested", "not-interested",
                                   "no-sale", "no-sale", "no-sale", "no-sale"])
        }
        let duration = random.fromQuantiles(outcome == "sale" ? Self.saleQuantiles : Self.talkQuantiles)
        var call = DemoCall(start: start, duration: duration, outcome: outcome, direction: direction,
                            customer: customer, flagged: random.chance(0.02), sale: nil)
        if outcome == "sale" {
            let product = DemoProduct.pick(&random)
            call.sale = (product.name, product.price(&random))
        }
        return call
    }

    /// The day's breaks, in order. Now and then one runs long enough to turn amber or red.
    private mutating func plan(after login: Instant) -> [DemoPause] {
        var pauses: [DemoPause] = []
        if let training = profile.training {
            let start = moment(training...training + 10)
            pauses.append(DemoPause(reason: "training", start: start, duration: minutes(45...60)))
        }
        pauses.append(DemoPause(reason: "coffee", start: moment(605...645), duration: coffee()))
        let lunch = random.chance(0.15) ? minutes(41...52) : minutes(30...40)
        pauses.append(DemoPause(reason: "lunch", start: moment(690...780), duration: lunch))
        pauses.append(DemoPause(reason: "coffee", start: moment(845...900), duration: coffee()))
        for _ in 0..<random.int(in: 0...2) {
            let start = moment(520...940)
            let duration = random.chance(0.05) ? minutes(15...18) : minutes(2...6)
            let clash = pauses.contains { start > $0.start - 25 * 60 && start < $0.end + 25 * 60 }
            if !clash { pauses.append(DemoPause(reason: "toilet", start: start, duration: duration)) }
        }
        return pauses.filter { $0.start > login }.sorted { $0.start < $1.start }
    }

    private mutating func coffee() -> Int {
        random.chance(0.12) ? minutes(16...34) : minutes(5...12)
    }

    /// Some second within minutes of the day `range`.
    private mutating func moment(_ range: ClosedRange<Int>) -> Instant {
        at(range.lowerBound) + random.int(in: 0...(range.upperBound - range.lowerBound) * 60)
    }

    /// Some number of seconds lasting `range` minutes.
    private mutating func minutes(_ range: ClosedRange<Int>) -> Int {
        random.int(in: range.lowerBound * 60...range.upperBound * 60)
    }
}
