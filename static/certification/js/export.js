// The export page reloads itself once the CSV is ready (or has failed).
(function () {
  const box = document.querySelector("[data-export]");
  if (!box || box.dataset.ready === "1") return;
  const poll = () => fetch(box.dataset.export, { headers: { Accept: "application/json" } })
    .then((r) => r.json()).then((d) => { if (d.status === "ready" || d.status === "failed") location.reload(); else setTimeout(poll, 2000); })
    .catch(() => setTimeout(poll, 5000));
  setTimeout(poll, 1500);
})();
