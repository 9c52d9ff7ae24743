/// Turns agency names and table titles into safe, unique file names.
///
/// The result has no path separators, no `..`, no control or invisible characters, none of
/// `<>:"/\|?*`, does not start with a dot or a dash, and is at most ``maximumUTF8Length``
/// bytes of UTF-8 (Chinese is kept: file systems here store UTF-8). Names that collide after
/// sanitizing get `-2`, `-3`, … before the extension.
public struct SafeFileName: Sendable {
    /// The longest name produced, in UTF-8 bytes, extension included (most file systems allow 255).
    public static let maximumUTF8Length = 120

    private var used: Set<String> = []

    public init() {}

    /// Sanitizes `name` without reserving it.
    ///
    /// - Parameter name: Free text such as `中共廊坊市委信访局` or `../../etc/passwd`.
    /// - Returns: A non-empty safe stem (no extension).
    public static func sanitizedStem(_ name: String, maximumUTF8Length: Int = 100) -> String {
        var result = ""
        var lastWasSeparator = false
        for scalar in name.unicodeScalars {
            let isUnsafe = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
                || scalar.properties.generalCategory == .surrogate
                || scalar.properties.generalCategory == .privateUse
                || scalar.properties.generalCategory == .unassigned
                || "<>:\"/\\|?*".unicodeScalars.contains(scalar)
                || scalar.properties.isWhitespace
            if isUnsafe {
                if !lastWasSeparator && !result.isEmpty { result.unicodeScalars.append("_") }
                lastWasSeparator = true
                continue
            }
            if result.utf8.count + String(scalar).utf8.count > maximumUTF8Length { break }
            result.unicodeScalars.append(scalar)
            lastWasSeparator = false
        }
        while let first = result.first, first == "." || first == "-" || first == "_" { result.removeFirst() }
        while let last = result.last, last == "." || last == "_" { result.removeLast() }
        return result.isEmpty ? "unnamed" : result
    }

    /// Sanitizes `name`, appends `fileExtension`, and reserves the result so that a later
    /// call never returns the same name (compared case-insensitively).
    ///
    /// - Parameters:
    ///   - name: Free text.
    ///   - fileExtension: Without the dot, e.g. `"svg"`; empty for none.
    /// - Returns: A unique safe file name.
    public mutating func unique(_ name: String, fileExtension: String) -> String {
        let suffix = fileExtension.isEmpty ? "" : "." + fileExtension
        let stem = Self.sanitizedStem(name, maximumUTF8Length: Self.maximumUTF8Length - suffix.utf8.count - 6)
        var candidate = stem + suffix
        var counter = 2
        while used.contains(candidate.lowercased()) {
            candidate = "\(stem)-\(counter)\(suffix)"
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}
