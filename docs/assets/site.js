// Renders the ```mermaid blocks of the guides as SVG with mermaid's browser build, which the docs
// build copies next to this file (scripts/typedoc-plugin.mjs): the site needs no network.
(() => {
  const blocks = [...document.querySelectorAll("pre > code.mermaid, pre > code.language-mermaid")];
  if (blocks.length === 0) return;
  const here = document.currentScript?.src ?? new URL("assets/site.js", document.baseURI).href;
  const script = document.createElement("script");
  script.src = new URL("mermaid.min.js", here).href;
  script.onload = async () => {
    const dark = document.documentElement.dataset.theme === "dark";
    window.mermaid.initialize({
      startOnLoad: false,
      theme: dark ? "dark" : "default",
      securityLevel: "strict",
    });
    const targets = blocks.map((code) => {
      const figure = document.createElement("div");
      figure.className = "mermaid";
      // The highlighter writes each line as spans ended by <br>: read the lines back as text.
      const copy = code.cloneNode(true);
      for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
      figure.textContent = copy.textContent;
      code.parentElement.replaceWith(figure);
      return figure;
    });
    await window.mermaid.run({ nodes: targets });
    document.documentElement.dataset.mermaid = "rendered";
  };
  document.head.append(script);
})();
