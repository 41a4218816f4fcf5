import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../api/session.ts';
import { FullPageSpin } from '../shared/StatusPages.tsx';
import { menuItems, menuSectionsFor, selectedKey } from './menu.tsx';
import { S } from './strings.ts';

const { Header, Sider, Content } = Layout;

function Brand({ compact }: { compact?: boolean }) {
  return (
    <div style={{ color: '#fff', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>
      {compact ? S.productShort : S.productName}
    </div>
  );
}

function UserMenu() {
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const items = [
    { key: 'who', label: `${me.orgName} · ${me.roleLabel}`, disabled: true },
    { type: 'divider' as const },
    { key: 'password', label: S.menu.password },
    { key: 'logout', label: S.logout, icon: <LogoutOutlined />, danger: true },
  ];
  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password') navigate('/password');
    if (key === 'logout') {
      await logout();
      navigate('/login', { replace: true });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" style={{ color: 'inherit' }} icon={<UserOutlined />} data-testid="user-menu">
        <span className="vp-user-name">{me.displayName}</span>
      </Button>
    </Dropdown>
  );
}

export function AppLayout() {
  const me = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const sections = menuSectionsFor(me);
  const entries = sections.flatMap((section) => section.entries);
  const menu = (
    <Menu
      mode="inline"
      theme={isPhone ? 'light' : 'dark'}
      selectedKeys={[selectedKey(entries, location.pathname)]}
      items={menuItems(sections)}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={208}
          // Stays in view while a long page scrolls; its own menu scrolls if taller than the window.
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto', overflowX: 'hidden' }}
          data-testid="sidebar"
        >
          <div style={{ padding: '18px 20px' }}>
            <Brand compact={collapsed} />
          </div>
          {menu}
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: isPhone ? '0 8px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space align="center">
            {isPhone && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={S.openMenu}
                onClick={() => setDrawerOpen(true)}
                data-testid="open-menu"
              />
            )}
            <span
              style={{
                fontWeight: 600,
                display: 'inline-block',
                maxWidth: isPhone ? 170 : 480,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                verticalAlign: 'middle',
              }}
            >
              {isPhone ? S.productName : me.orgName}
            </span>
          </Space>
          <UserMenu />
        </Header>
        <Content style={{ padding: isPhone ? 12 : 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      {isPhone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={S.productName}
          size={260}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
    </Layout>
  );
}
