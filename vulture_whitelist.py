"""Names vulture cannot see being used (`make test` runs it at 60 % with this file).

vulture reads only followup_desktop/, by name: it does not know that Qt calls a
virtual override, that peewee reads a model's fields and ``Meta``, or that the
tests reach a widget through a method the app itself never calls. Each group
below says why its names are used; a name that is simply unused is deleted, not
listed here. Never imported: vulture reads it next to the package. Each group is a
tuple with a leading underscore (vulture does not report such names, and ruff's B018
would flag bare expressions).
"""

from types import SimpleNamespace

_ = SimpleNamespace()

# Qt calls these virtual overrides itself: mouse events of the calendar canvas, the
# import wizard's pages (QWizardPage), event filters (QObject.installEventFilter)
# and the tinted SVG icon engine (QIconEngine).
_qt_overrides = (
    _.mouseMoveEvent,
    _.mouseDoubleClickEvent,
    _.initializePage,
    _.cleanupPage,
    _.isComplete,
    _.validatePage,
    _.nextId,
    _.eventFilter,
    _.actualSize,
)

# peewee reads a model's fields and its Meta options by introspection: the columns
# are created, selected and written by name (``updated_at`` assigned on a row is
# written by ``save()``). FollowUpDayCount is the table the triggers keep; the
# calendar's store reads it in SQL, and its test counts it through the model.
_peewee_models = (
    _.legacy_table_names,
    _.table_name,
    _.primary_key,
    _.without_rowid,
    _.updated_at,
    _.from_interaction,
    _.completed_by,
    _.stopped_at,
    _.FollowUpDayCount,
)

# Held so the object lives while it works: a printer must outlive its preview (the
# dialog does not own it; a collected printer takes the application down), the
# restore's worker runs after the method returns.
_kept_alive = (
    _._printer,
    _.restore_task,
)

# The ways tests drive and read a widget as a person sees it: where an item is drawn
# (to drag it), what a day shows and how many are left under "+n more", the order of
# the Jogger's work list against the printed sheet's, the frozen name column, a
# step's choice in the open-steps box, the weekly review's figures, the last warning
# box, all rows of the lazy contacts model.
_test_seams = (
    _.item_rect,
    _.dragging,
    _.shown_items,
    _.more_count,
    _.time_pos,
    _.band_pos,
    _.work_order,
    _.frozen_name,
    _.set_action,
    _.week_values,
    _.last_warning,
    _.fetch_all,
)

# Read-only looks at state the store keeps private, which the tests judge: whether a
# talking point was customised (its settings key is the store's), which claim this
# process holds. (Look-ups only tests make live in tests/lookups.py and
# tests/exchange/ics_build.py, not in the app.)
_test_entry_points = (
    _.is_customised,
    _.held,
)

# Values the domain takes that the app gets from elsewhere: the first day of the
# week comes from QLocale at run time; the tests name Saturday and Sunday.
_named_values = (
    _.SATURDAY,
    _.SUNDAY,
)

# logging reads it: a log file that cannot be written (full disk) must not print a
# traceback of its own (cli's error boundary).
_logging_module = (_.raiseExceptions,)

# The main window's actions the tests trigger, and the error handler's uninstall
# (tests put the previous hooks back).
_shell = (
    _.log_action,
    _.about_action,
    _.import_action,
    _.export_action,
    _.print_list_action,
    _.export_ics_action,
    _.uninstall,
)
