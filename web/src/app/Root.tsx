import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';

import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { RouterProvider } from 'react-router';
import { ApiError } from '../api/client.ts';
import { ME_KEY } from '../api/session.ts';
import { zhCN } from './locale.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

/** A 401 anywhere means the session ended: forget the user, and the guard sends them to the login page. */
function onAuthError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(ME_KEY, null);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthError }),
  mutationCache: new MutationCache({ onError: onAuthError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(error instanceof ApiError && error.status < 500 && error.status > 0) && count < 2,
    },
  },
});

export function Root() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
