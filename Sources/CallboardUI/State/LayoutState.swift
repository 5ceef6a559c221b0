/// What a frame's drawing found out: where each panel went, how far each panel's table is
/// scrolled to keep its selection in view, and the overlay's scroll held within its lines.
/// Rendering returns it instead of writing the UI state; the loop hands it to `Update`
/// (`Message.drawn`), which keeps it for the mouse and the next frame.
public struct LayoutState: Equatable, Sendable {
    public var places: [PanelID: PanelPlace] = [:]
    public var offsets: [PanelID: Int] = [:]
    /// The overlay's scroll as drawn; nil when no overlay was drawn.
    public var overlayScroll: Int?

    public init() {}
}
