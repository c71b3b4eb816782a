// Components import their stylesheets, which Vite bundles; a test that renders a component (the
// renderer's own types come from vite/client, the tests' do not) only needs them to be modules.
declare module '*.css';
