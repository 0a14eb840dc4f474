/**
 * The topic vocabulary: {@link dev.parley.core.topic.Topic}s with preferred and alternative labels
 * and broader topics (the SKOS model), gathered in a {@link dev.parley.core.topic.TopicScheme} that
 * recognizes the topics an agenda title names however it is worded ("5G/Beyond 5G (6G)", "5G and
 * Beyond 5G (6G)").
 */
@ParleyStyle
package dev.parley.core.topic;

import dev.parley.core.internal.ParleyStyle;
