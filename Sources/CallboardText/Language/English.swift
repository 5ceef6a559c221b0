extension Language {
    /// The language the code is written in: no translations, every text as it is.
    public static let english = Language(
        code: "en",
        name: "English",
        pluralForm: { $0 == 1 ? .one : .other },
        decimalSeparator: ".",
        groupingSeparator: " ",
        moneyPattern: "{amount} {currency}",
        percentPattern: "{number}%",
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        datePattern: "{weekday} {day} {month} {year}"
    )
}
