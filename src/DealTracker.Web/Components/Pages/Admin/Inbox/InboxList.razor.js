// Reading the inbox from the keyboard: j/k or the arrow keys move between items, and past the page's last item (or
// before its first) on to the next (or previous) page; Enter on an item makes a report (follows its "Make report"
// link), d dismisses it (opens the dismiss dialog).

// The inbox component on this page, told when the keys go past either end of the page (TurnPageAsync).
let pager = null;

function items(list) {
    return [...list.querySelectorAll("[data-inbox-item]")];
}

// A field the editor types in: focus is never taken from one.
function isTyping(element) {
    if (!element || element === document.body) {
        return false;
    }
    if (element.isContentEditable) {
        return true;
    }
    if (element instanceof HTMLTextAreaElement) {
        return !element.readOnly;
    }
    if (element instanceof HTMLInputElement) {
        return !element.readOnly && !["button", "submit", "reset", "checkbox", "radio", "range", "color", "file", "image", "hidden"].includes(element.type);
    }
    return false;
}

// One listener on the document, delegated: the list is re-rendered as filters change, the listener stays.
export function attach(listId, component) {
    pager = component ?? pager;
    if (document.body.dataset.dtInboxKeys) {
        return;
    }
    document.body.dataset.dtInboxKeys = "true";
    document.addEventListener("keydown", event => {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        const list = document.getElementById(listId);
        const item = list && event.target instanceof Element ? event.target.closest("[data-inbox-item]") : null;
        if (!item || !list.contains(item) || event.target.matches("input, textarea, select")) {
            return;
        }
        const all = items(list);
        const index = all.indexOf(item);
        let next = null;
        switch (event.key) {
            case "j":
            case "ArrowDown":
                if (index === all.length - 1) {
                    event.preventDefault();
                    turn(list, 1);
                    return;
                }
                next = all[index + 1];
                break;
            case "k":
            case "ArrowUp":
                if (index === 0) {
                    event.preventDefault();
                    turn(list, -1);
                    return;
                }
                next = all[index - 1];
                break;
            case "Enter":
                if (event.target === item) {
                    event.preventDefault();
                    item.querySelector("[data-action=open]")?.click();
                }
                return;
            case "d":
            case "D":
                event.preventDefault();
                item.querySelector("[data-action=dismiss]")?.click();
                return;
            default:
                return;
        }
        event.preventDefault();
        next?.focus();
    });
}

// Past the last item of a page (step 1) or before the first (step -1): the next or previous page, if there is one.
function turn(list, step) {
    const page = Number(list.dataset.page);
    const pages = Number(list.dataset.pages);
    if (!pager || !(page + step >= 1 && page + step <= pages)) {
        return;
    }
    pager.invokeMethodAsync("TurnPageAsync", step);
}

export function detach() {
    pager = null;
}

// Focuses the item at index (-1: the last), unless the editor is typing in a field or working in a dialog or an open menu.
// Scrolls to it only when asked (the keys turned the page, an item was dismissed): a page that opens stays at its top.
export function focusItem(listId, index, scroll) {
    const list = document.getElementById(listId);
    if (!list) {
        return;
    }
    const active = document.activeElement;
    if (isTyping(active) || active?.closest(".mud-dialog-container, .mud-popover-open")) {
        return;
    }
    const all = items(list);
    if (all.length > 0) {
        all[index < 0 ? all.length - 1 : Math.min(index, all.length - 1)].focus({ preventScroll: !scroll });
    }
}
