import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { installCloseGuard } from './api/close-guard';
import './styles/base.css';

createApp(App).use(createPinia()).mount('#app');
installCloseGuard();
