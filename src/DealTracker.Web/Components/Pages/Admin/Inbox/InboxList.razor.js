// Reading the inbox from the keyboard: j/k or the arrow keys move between items, Enter on an item makes a
// report (follows its "Make report" link), d dismisses it (opens the dismiss dialog).

function items(list) {
    return [...list.querySelectorAll("[data-inbox-item]")];
}

// One listener on the document, delegated: the list is re-rendered as filters change, the listener stays.
export function attach(listId) {
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
                next = all[Math.min(index + 1, all.length - 1)];
                break;
            case "k":
            case "ArrowUp":
                next = all[Math.max(index - 1, 0)];
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

export function focusItem(listId, index) {
    const list = document.getElementById(listId);
    if (!list) {
        return;
    }
    const all = items(list);
    if (all.length > 0) {
        all[Math.min(index, all.length - 1)].focus();
    }
}
