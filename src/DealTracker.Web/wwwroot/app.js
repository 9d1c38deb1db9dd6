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
// Before a form decides whether it has unsaved changes (Escape in a dialog): the focused field gives up the focus, so text typed
// there and not yet committed (a field commits on change) reaches the server first, and counts.
window.dealTracker.commitFocusedField = function () {
    const field = document.activeElement;
    if (field && dtIsField(field)) {
        field.blur();
    }
};

window.dealTracker.focusUnlessInField = function (element) {
    if (element && !dtIsField(document.activeElement)) {
        element.focus();
    }
};

// A form field's text goes to the server in one message of the circuit, which carries at most 1 MB (the hub's
// MaximumReceiveMessageSize, Extensions/WebExtensions.cs): far above every field's limit (2,000 characters at most),
// so a text over its limit reaches the server, whose counter and save refuse it beside the field. A text longer than
// Limits.FieldText (100,000 characters, what the paste panel reads) could pass that size: it is not sent (the circuit
// would drop the message and the page would carry on without it). The field says so beside itself (the browser's own
// validity message), the status line says "Not saved" (app.css), and a save button (.dt-save) moves the focus to the field and
// shows its message instead of saving without it, until the text is short enough to be sent.
var dtMaxFieldText = 100000;

function dtUnsentFields() {
    return document.querySelectorAll(".mud-input-control [data-dt-unsent]");
}

function dtGuardFieldText(event) {
    var field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !field.closest(".mud-input-control")) {
        return;
    }
    var length = field.value.length;
    if (length > dtMaxFieldText) {
        // Before Blazor's handlers (window, capture phase): the text stays in the field, and nothing is sent.
        event.stopImmediatePropagation();
        field.setAttribute("data-dt-unsent", "");
        field.setAttribute("aria-invalid", "true");
        field.setCustomValidity("This text is " + length.toLocaleString("en-US") + " characters long: a field takes at most "
            + dtMaxFieldText.toLocaleString("en-US") + " here, and this text was not sent or saved. Shorten it to the limit its counter shows.");
        if (event.type === "change") {
            field.reportValidity();
        }
    } else if (field.hasAttribute("data-dt-unsent")) {
        field.removeAttribute("data-dt-unsent");
        field.removeAttribute("aria-invalid");
        field.setCustomValidity("");
    }
}

window.addEventListener("input", dtGuardFieldText, true);
window.addEventListener("change", dtGuardFieldText, true);

// A save button, or a form's submission (Enter in a dialog's field), with a field of its dialog (or page) not sent.
function dtHoldUnsent(event, origin) {
    var scope = origin.closest("[role=dialog]") || document.body;
    var unsent = Array.prototype.filter.call(dtUnsentFields(), function (field) {
        return scope.contains(field);
    });
    if (unsent.length > 0) {
        event.preventDefault();
        event.stopImmediatePropagation();
        unsent[0].focus();
        unsent[0].reportValidity();
    }
}

window.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest(".dt-save") : null;
    if (button) {
        dtHoldUnsent(event, button);
    }
}, true);

window.addEventListener("submit", function (event) {
    if (event.target instanceof HTMLFormElement) {
        dtHoldUnsent(event, event.target);
    }
}, true);
