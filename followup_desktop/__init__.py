"""Follow-up Desktop: log every interaction, plan the next step, never forget a follow-up."""

__version__ = "0.1.0"
APP_NAME = "Follow-up Desktop"
APP_ID = "followup-desktop"
ORG_NAME = "Follow-up Desktop"
ORG_DOMAIN = "followup-desktop.example"
