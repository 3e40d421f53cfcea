// Starts GraphiQL on this server's /graphql. Every asset comes from the application (WebJars), none
// from a CDN. A token typed into the Headers pane ({"Authorization": "Bearer kao_…"}) is sent with
// each request. window.kaonetGraphiql reports readiness and errors to tests.
(function () {
  const state = { ready: false, error: null };
  window.kaonetGraphiql = state;
  try {
    const endpoint = new URL('/graphql', window.location.href).href;
    const fetcher = GraphiQL.createFetcher({ url: endpoint });
    const start = '# Kaonet GraphQL. Ctrl-Enter runs the query; the Docs pane shows every type.\n'
      + '# Kaonet の GraphQL です。Ctrl-Enter で実行、Docs で全ての型を表示します。\n'
      + '{\n  network {\n    summary { actors ties density giantComponentShare }\n  }\n}\n';
    const root = ReactDOM.createRoot(document.getElementById('graphiql'));
    root.render(React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: start,
      defaultEditorToolsVisibility: true,
      onSchemaChange: function () { state.ready = true; }
    }));
  } catch (e) {
    state.error = String(e);
    document.getElementById('graphiql').textContent = 'GraphiQL did not start: ' + e;
  }
})();
