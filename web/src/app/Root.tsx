import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';

import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { BrowserRouter } from 'react-router';
import { ApiError, onApiError } from '../api/client.ts';
import { keys } from '../api/query-keys.ts';
import { zhCN } from './locale.ts';
import { AppRoutes } from './router.tsx';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

/**
 * A 401 anywhere means the session ended: forget the user, and the guard sends them to the login page.
 * A refused CSRF token means the session changed in another tab: fetch the current token again.
 */
function onAuthError(error: ApiError) {
  if (error.status === 401 && queryClient.getQueryData(keys.auth.me))
    queryClient.setQueryData(keys.auth.me, null);
  if (error.code === 'CSRF') void queryClient.invalidateQueries({ queryKey: keys.auth.me });
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(error instanceof ApiError && error.status < 500 && error.status > 0) && count < 2,
    },
  },
});

onApiError(onAuthError);

export function Root() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
