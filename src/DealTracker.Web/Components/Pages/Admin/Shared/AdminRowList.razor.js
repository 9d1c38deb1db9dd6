// The list's search in the address bar, without a navigation (which would move the focus away from
// the search field). Blazor's own history state is kept, so back and forward still work.
export function replaceAddress(url) {
    history.replaceState(history.state, "", url);
}
