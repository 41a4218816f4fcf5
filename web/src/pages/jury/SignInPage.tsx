import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, errorMessage } from '../../api/client.ts';
import { keys } from '../../api/query-keys.ts';
import { P } from './strings.ts';

/**
 * Where a juror's QR slip leads: /jury/sign-in#<code>. The code sits after # so it never reaches a
 * server log; it is sent once, and the phone then opens the scoring page.
 */
export function SignInPage() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    const code = window.location.hash.slice(1);
    if (code.length < 10) {
      setError(P.signInMissing);
      return;
    }
    api
      .post('/api/jury/sign-in', { code })
      .then(async () => {
        window.history.replaceState(null, '', window.location.pathname);
        await client.invalidateQueries({ queryKey: keys.auth.me });
        navigate('/juror', { replace: true });
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [client, navigate]);
  return (
    <Flex justify="center" style={{ padding: 24 }}>
      <Card title={P.signInTitle} style={{ width: '100%', maxWidth: 420 }}>
        {error ? (
          <Alert type="error" title={P.signInFailed} description={error} />
        ) : (
          <Flex gap={12} align="center">
            <Spin />
            <Typography.Text>{P.signingIn}</Typography.Text>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
