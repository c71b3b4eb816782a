// Satisfaction: the stars customers gave each flow, overall and per service-quality dimension.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { qualityDimensionSchema } from '../../../../shared/usage/events.ts';
import { addSummary, emptyRatings, type DaySummary, type RatingCounts } from '../day-summary.ts';
import { flowsOf, meanRating, ordered, shareOf, type ReportInput } from '../report-input.ts';

export function satisfactionReport(input: ReportInput): Report {
  const flows = flowsOf(input).flatMap((flowId) => {
    const flow = input.total.flows[flowId];
    return flow ? [{ flowId, flow }] : [];
  });
  return {
    id: 'satisfaction',
    tables: [
      reportTable(
        'satisfaction',
        'ratingsByFlow',
        flows.filter(({ flow }) => flow.ratings.count > 0).map(({ flowId, flow: { ratings } }) => [flowId, ratings.count, meanRating(ratings), shareOf(ratings.low, ratings.count)]),
      ),
      reportTable(
        'satisfaction',
        'ratingsByDimension',
        flows.flatMap(({ flowId, flow }) =>
          ordered(qualityDimensionSchema.options, Object.keys(flow.dimensions)).map((dimension) => {
            const ratings = flow.dimensions[dimension] ?? emptyRatings();
            return [flowId, dimension, ratings.count, meanRating(ratings)];
          }),
        ),
      ),
      reportTable(
        'satisfaction',
        'satisfactionTrend',
        input.periods.map(({ period, summary }) => {
          const ratings = allRatings(summary);
          return [period, ratings.count, meanRating(ratings)];
        }),
      ),
    ],
  };
}

function allRatings(summary: DaySummary): RatingCounts {
  return Object.values(summary.flows).reduce((sum, flow) => addSummary(sum, flow.ratings), emptyRatings());
}
