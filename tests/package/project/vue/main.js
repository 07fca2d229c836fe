// The HR portal's Vue app. App.vue is not in the repository: tests/package/package.test.mjs writes
// it from the Vue snippet of pkg/README.md (`<!-- tested: vue-example -->`), so the snippet is what
// runs here.
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
