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
