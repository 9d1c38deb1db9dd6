// Reading the inbox from the keyboard: j/k or the arrow keys move between items, Enter on an item makes a
// report (follows its "Make report" link), d dismisses it (opens the dismiss dialog).

function items(list) {
    return [...list.querySelectorAll("[data-inbox-item]")];
}

export function attach(listId) {
    const list = document.getElementById(listId);
    if (!list || list.dataset.dtAttached) {
        return;
    }
    list.dataset.dtAttached = "true";
    list.addEventListener("keydown", event => {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        const item = event.target.closest("[data-inbox-item]");
        if (!item || event.target.matches("input, textarea, select")) {
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
