import { Button, Card, List, Progress, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CampaignSummary } from '../../api/types.ts';
import { useOverview as useInspectionOverview } from '../inspection/queries.ts';
import { useCampaignMeeting } from '../jury/queries.ts';
import { useResults } from '../results/queries.ts';
import { useEvaluationOverview } from '../village-evaluation/queries.ts';
import { E } from './todo-strings.ts';

type Step = {
  key: string;
  title: string;
  done: number;
  of: number;
  text: string;
  to: string;
  loading: boolean;
};

/**
 * The office's 待办 in 评诺: the four parts of the year-end evaluation and the results, each with how
 * far it has come and a link to its page, in the order a township goes through them.
 */
export function EvaluationTodo({ campaign }: { campaign: CampaignSummary }) {
  const villages = useEvaluationOverview(campaign.id);
  const inspection = useInspectionOverview(campaign.id);
  const jury = useCampaignMeeting(campaign.id);
  const results = useResults(campaign.id);
  const certified = villages.data?.villages.filter((v) => v.state === 'certified').length ?? 0;
  const villageCount = villages.data?.villages.length ?? 0;
  const submitted = inspection.data?.villages.filter((v) => v.status === 'submitted').length ?? 0;
  const inspectionCount = inspection.data?.villages.length ?? 0;
  const meeting = jury.data?.meeting ?? null;
  const reported = meeting?.reporters.filter((r) => r.status === 'done').length ?? 0;
  const rows = results.data?.rows ?? [];
  const graded = rows.filter((r) => r.grade !== null).length;
  const steps: Step[] = [
    {
      key: 'village',
      title: E.village,
      done: certified,
      of: villageCount,
      text: E.villageText(certified, villageCount),
      to: '/village-evaluation',
      loading: villages.isPending,
    },
    {
      key: 'inspection',
      title: E.inspection,
      done: submitted,
      of: inspectionCount,
      text: E.inspectionText(submitted, inspectionCount),
      to: '/inspection',
      loading: inspection.isPending,
    },
    {
      key: 'jury',
      title: E.jury,
      done: reported,
      of: meeting?.reporters.length ?? 0,
      text: meeting
        ? E.juryText(meeting.statusLabel, meeting.heldAtText, reported, meeting.reporters.length)
        : E.noJury,
      to: '/jury',
      loading: jury.isPending,
    },
    {
      key: 'results',
      title: E.results,
      done: results.data?.status === 'preview' ? 0 : rows.length,
      of: rows.length,
      text: results.data
        ? E.resultsText(results.data.statusLabel, graded, rows.length, results.data.problems.length)
        : '',
      to: '/results',
      loading: results.isPending,
    },
  ];
  return (
    <Card title={E.title(campaign.year)} size="small" data-testid="evaluation-todo">
      <List
        dataSource={steps}
        renderItem={(step) => (
          <List.Item
            key={step.key}
            extra={
              <Link to={step.to}>
                <Button size="small">{E.open}</Button>
              </Link>
            }
          >
            <List.Item.Meta
              title={
                <>
                  {step.title} {step.of > 0 && step.done === step.of && <Tag color="green">{E.complete}</Tag>}
                </>
              }
              description={
                step.loading ? (
                  E.loading
                ) : (
                  <>
                    <Typography.Text type="secondary">{step.text}</Typography.Text>
                    {step.of > 0 && (
                      <Progress
                        percent={Math.round((step.done / step.of) * 100)}
                        size="small"
                        showInfo={false}
                      />
                    )}
                  </>
                )
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
