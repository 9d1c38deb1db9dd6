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
