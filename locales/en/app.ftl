# Words used across the app: its name and OKX's names for things.
# Terms (starting with "-") are written into messages; they are never shown alone.

-app-name = OKX Key Assistant
-okx = OKX


problem-internal = Something went wrong inside { -app-name }.
    .fix = This is a bug in { -app-name }. Please try again; if it keeps happening, report it with the app's log.
