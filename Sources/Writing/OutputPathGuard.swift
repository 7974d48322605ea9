/// The writer's own check of every path it is asked to write, whatever made it: a relative path of
/// plain names below the output folder. No `..` or `.` component, no absolute path, no empty component
/// (`a//b`), no backslash, control character or NUL; so a path can never leave the folder it is written
/// into, whatever a data file's value became on the way.
public enum OutputPathGuard {
    public static func isInside(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
                && !component.unicodeScalars.contains { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
        }
    }
}
