"""Follow-up Desktop: log every interaction, plan the next step, never forget a follow-up."""

__version__ = "0.1.0"
APP_NAME = "Follow-up Desktop"
APP_ID = "followup-desktop"
ORG_NAME = "Follow-up Desktop"
ORG_DOMAIN = "followup-desktop.example"
# Reverse-DNS application id: the .desktop file, AppStream metainfo and icon are named after it
# (packaging/linux/), and Wayland task bars match the window to it.
DESKTOP_ID = "example.followup_desktop.FollowupDesktop"
