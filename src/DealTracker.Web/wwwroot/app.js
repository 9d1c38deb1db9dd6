// Small helpers the Blazor components call through JS interop.
window.dealTracker = {
    // Remembers the reader's theme for a year; read back on the server while prerendering.
    rememberTheme: function (theme) {
        var secure = location.protocol === "https:" ? "; Secure" : "";
        document.cookie = "dt-theme=" + encodeURIComponent(theme) + "; Path=/; Max-Age=31536000; SameSite=Lax" + secure;
    }
};
