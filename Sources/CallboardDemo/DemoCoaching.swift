import CallboardModel

/// The coaching plan around the demo day: a 1:1 per agent (three overdue, one done), a team
/// meeting and a product training; and the one-on-ones held last month (two of them more than
/// 30 days ago), so that the cadence and the attention rules have a history.
enum DemoCoaching {
    /// coaching.csv, header included, with due dates relative to `today`.
    static func file(today: Day) -> String {
        func on(_ days: Int) -> String { today.adding(days: days).description }
        let rows: [[String]] = [
            ["k01", "a01", "one-on-one", on(0), "Cele na grudzień, plan dnia", "", ""],
            ["k02", "a02", "one-on-one", on(-2), "Obiekcje cenowe: jak odpowiadać", "", ""],
            ["k03", "a03", "one-on-one", on(-9), "Wdrożenie — podsumowanie pierwszych tygodni", "", ""],
            ["k04", "a04", "one-on-one", on(-3), "Przegląd lejka sprzedaży", "", on(-3)],
            ["k05", "a05", "one-on-one", on(3), "Plan rozwoju: lider zmiany", "", ""],
            ["k06", "a06", "one-on-one", on(10), "Rozmowy przychodzące, \"cross-selling\"", "", ""],
            ["k07", "a07", "one-on-one", on(12), "Powrót z urlopu: zmiany w ofercie", "", ""],
            ["k08", "a08", "one-on-one", on(-5), "Długie przerwy — rozmowa", "", ""],
            ["k09", "a09", "one-on-one", on(14), "Po szkoleniu: skrypt Pakietu Premium", "", ""],
            ["k10", "a10", "one-on-one", on(21), "Kwartalna ocena wyników", "", ""],
            ["k11", "", "group", on(2), "Spotkanie zespołu: nowy cennik", "", ""],
            ["k12", "a03", "training", on(5), "Szkolenie produktowe: Abonament roczny", "", ""],
            ["p01", "a01", "one-on-one", on(-28), "Rozmowa miesięczna", "", on(-28)],
            ["p02", "a02", "one-on-one", on(-33), "Rozmowa miesięczna", "", on(-33)],
            ["p05", "a05", "one-on-one", on(-26), "Rozmowa miesięczna", "", on(-25)],
            ["p06", "a06", "one-on-one", on(-41), "Rozmowa miesięczna", "", on(-40)],
            ["p07", "a07", "one-on-one", on(-30), "Rozmowa miesięczna", "", on(-29)],
            ["p08", "a08", "one-on-one", on(-27), "Rozmowa miesięczna", "", on(-27)],
            ["p09", "a09", "one-on-one", on(-22), "Rozmowa miesięczna", "", on(-21)],
            ["p10", "a10", "one-on-one", on(-29), "Rozmowa miesięczna", "", on(-29)],
        ]
        return ([["id", "agent", "kind", "due", "title", "call", "done"]] + rows).map(DemoCSV.line).joined()
    }
}
