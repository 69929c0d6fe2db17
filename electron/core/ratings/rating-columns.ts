import type { RatingFactors } from "../../../shared/contract";

/** The factors as the ratings table stores them. */
export function ratingColumns(factors: RatingFactors) {
  return {
    quality: factors.quality,
    communication: factors.communication,
    involvement: factors.involvement,
    delivery_time: factors.deliveryTime,
    budget: factors.budget,
    customer_satisfaction: factors.customerSatisfaction ?? null,
  };
}
