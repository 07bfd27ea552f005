// Progressive enhancement of the assessment form: each party is screened as its name is typed.
// The form works without this script; the decision screens every party again on submission.
(function () {
  "use strict";
  const DELAY_MS = 400;

  function describe(response, body) {
    if (response.status === 404) return "no sanctions list is loaded, so the party cannot be screened yet";
    if (!response.ok) return "cannot screen this name";
    if (body.rejected && body.rejected.length) return body.rejected[0].reason;
    const hits = body.results[0].hits;
    if (!hits.length) return "no hit on the serving lists";
    const best = hits[0];
    return "possible match: " + best.primary_name + " (" + best.source + ":" + best.entry_id +
      ", score " + best.score.toFixed(2) + ")" + (hits.length > 1 ? " and " + (hits.length - 1) + " more" : "");
  }

  function watch(row) {
    const name = row.querySelector("input[name$='_name']");
    const country = row.querySelector("select[name$='_country']");
    const output = row.querySelector("output");
    if (!name || !output) return;
    let timer = null;
    const screen = function () {
      const value = name.value.trim();
      if (value.length < 3) { output.textContent = ""; return; }
      const party = { name: value, countries: country && country.value ? [country.value] : [] };
      fetch("/api/v1/screenings", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ parties: [party], limit: 3 }),
      })
        .then(function (response) {
          return response.json().then(function (body) { output.textContent = describe(response, body); });
        })
        .catch(function () { output.textContent = "screening is unavailable"; });
    };
    const later = function () { clearTimeout(timer); timer = setTimeout(screen, DELAY_MS); };
    name.addEventListener("input", later);
    if (country) country.addEventListener("change", later);
  }

  document.querySelectorAll("tr.party").forEach(watch);
})();
