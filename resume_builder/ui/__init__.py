"""The Qt desktop app: windows, pages and the bridge to the render worker."""
