// The article text stays in the browser until "Find figures": it can be far larger than one
// SignalR message (32 KB), so it is sent to the circuit as a stream, never bound as a value.

export function attach(textId, buttonId) {
    const text = document.getElementById(textId);
    if (!text || text.dataset.dtAttached) {
        return;
    }
    text.dataset.dtAttached = "true";
    text.addEventListener("keydown", event => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            document.getElementById(buttonId)?.click();
        }
    });
}

export function textLength(textId) {
    return document.getElementById(textId)?.value.length ?? 0;
}

// Returned as bytes: the .NET side asks for an IJSStreamReference, and Blazor streams them.
export function textBytes(textId) {
    return new TextEncoder().encode(document.getElementById(textId)?.value ?? "");
}

export function focus(id) {
    const element = document.getElementById(id);
    if (element) {
        element.focus();
    }
}

// The text read from an article's link goes into the text area, as if pasted.
export function setText(id, text) {
    const element = document.getElementById(id);
    if (element) {
        element.value = text;
    }
}
