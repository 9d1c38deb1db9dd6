// "Skip to main content": move focus to <main> (the <base href> would otherwise turn "#main" into "/#main").
// Capture phase, so it runs before Blazor's link handling and works before the circuit starts.
document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.dt-skip") : null;
    if (!link) {
        return;
    }
    var main = document.getElementById("main");
    if (main) {
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
    }
}, true);

// Filter and "as of" forms show what the address says. After an enhanced navigation (a link, or
// the back button) the page's HTML is patched in place, and a control the reader had changed
// would keep its old value: reset each control to the value its new markup carries.
function resetFormsToMarkup() {
    document.querySelectorAll("form.dt-filters, form.dt-asof").forEach(function (form) {
        form.querySelectorAll("select").forEach(function (select) {
            var chosen = select.querySelector("option[selected]");
            select.value = chosen ? chosen.value : "";
        });
        form.querySelectorAll("input").forEach(function (input) {
            input.value = input.getAttribute("value") || "";
        });
    });
}

document.addEventListener("DOMContentLoaded", function () {
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener("enhancedload", resetFormsToMarkup);
    }
});
window.addEventListener("pageshow", resetFormsToMarkup);

// Focus that an editor form moves after a server round trip (a dialog's first field once the dialog
// shows, the summary of a refused save): by the time the call arrives, a fast editor may already be
// typing in a field, and moving the focus then sends the rest of their typing into another field (or
// nowhere). These never take the focus from a field (Components/Pages/Admin/Shared/FirstFieldFocus.razor).
window.dealTracker = window.dealTracker || {};

function dtIsField(element) {
    return element instanceof HTMLElement
        && (element.matches("input, textarea, select") || element.isContentEditable);
}

// The first field to type in inside the container (a MudSelect's input is read-only: skipped), unless the
// editor is already in a field of its dialog (or page).
window.dealTracker.focusFirstField = function (container) {
    if (!container) {
        return;
    }
    var scope = container.closest("[role=dialog]") || document.body;
    var active = document.activeElement;
    if (dtIsField(active) && scope.contains(active)) {
        return;
    }
    var field = container.querySelector("input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly])");
    if (field) {
        field.focus();
    }
};

// The element, unless the editor is already in a field.
window.dealTracker.focusUnlessInField = function (element) {
    if (element && !dtIsField(document.activeElement)) {
        element.focus();
    }
};
