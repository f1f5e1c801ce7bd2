#pragma once

#include <QString>

namespace syncsites {

/// The ids of the records that answer a transfer, derived from the record they answer (UUID v5 through
/// StableId::of), so that every site computes the same id and an answer can never be created twice:
///
/// | answer                          | id                                                   |
/// |---------------------------------|------------------------------------------------------|
/// | inbound shipment of outbound O  | StableId::of("inbound_invoice", O.id)                |
/// | its line for outbound line L    | StableId::of("inbound_invoice_line", L.id)           |
/// | response to request R           | StableId::of("response_requisition", R.id)           |
/// | its line for request line L     | StableId::of("response_requisition_line", L.id)      |
///
/// Pure functions; safe from any thread.
class TransferIds
{
public:
    static QString inboundInvoice(const QString& outboundInvoiceId);
    static QString inboundInvoiceLine(const QString& outboundLineId);
    static QString responseRequisition(const QString& requestId);
    static QString responseRequisitionLine(const QString& requestLineId);
};

} // namespace syncsites
