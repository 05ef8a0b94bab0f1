/* Applies the colour theme chosen with the theme button before the page paints (loaded in <head>,
   not deferred); without a choice the system's light or dark setting applies. */
(function () {
  "use strict";
  var saved = null;
  try {
    saved = window.localStorage.getItem("sdkgen-theme");
  } catch (error) {
    saved = null; /* storage may be off (private windows, some file:// setups) */
  }
  if (saved === "light" || saved === "dark") document.documentElement.setAttribute("data-theme", saved);
})();
